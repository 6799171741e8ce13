/**
 * manifest.xml names the development server; a build for another server rewrites every URL from
 * ADDIN_URL: the full URLs (icons, pages, metadata, help) and the bare origin in <AppDomain>.
 */
import { DEV_ADDIN_URL, normaliseAddinUrl } from '../../src/functions/metadata';

export const rewriteManifestUrls = (xml: string, addinUrl: string): string => {
  const base = normaliseAddinUrl(addinUrl);
  if (base === DEV_ADDIN_URL) return xml;
  const devOrigin = new URL(DEV_ADDIN_URL).origin;
  return xml.split(DEV_ADDIN_URL).join(base).split(devOrigin).join(new URL(base).origin);
};
