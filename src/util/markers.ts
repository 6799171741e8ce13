/** Text between `<!-- name:start -->` and `<!-- name:end -->` replaced; null when the markers are absent. */
export const replaceBetweenMarkers = (document: string, name: string, content: string): string | null => {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from < 0 || to < from) return null;
  return `${document.slice(0, from + start.length)}\n${content}\n${document.slice(to)}`;
};
