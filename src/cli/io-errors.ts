import { UserError } from './errors';

/**
 * A Node file-system error (it carries an errno code such as 'ENOSPC'). Tested by shape, not instanceof:
 * errors made in another realm (a test runner's sandbox) are not instances of this realm's Error.
 */
export const isFsError = (e: unknown): e is NodeJS.ErrnoException =>
  typeof e === 'object' && e !== null && typeof (e as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((e as NodeJS.ErrnoException).code!);

type Action = 'read' | 'write';

/** What went wrong and what to do, in Russian, for each errno a user can meet. */
const REASONS: Record<string, (action: Action) => string> = {
  ENOENT: (a) => (a === 'read' ? 'файл не найден. Проверьте путь' : 'папка не существует и не может быть создана. Проверьте путь'),
  EACCES: (a) => (a === 'read' ? 'нет прав на чтение. Проверьте права доступа к файлу или скопируйте его в свою папку' : 'нет прав на запись в эту папку. Укажите другую папку в «--out»/«--json» или проверьте права доступа'),
  EPERM: (a) => (a === 'read' ? 'операция запрещена системой. Проверьте права доступа к файлу' : 'запись запрещена системой. Укажите другую папку или проверьте права доступа'),
  EROFS: () => 'папка доступна только для чтения. Укажите другую папку для результата',
  EISDIR: (a) => (a === 'read' ? 'это папка, а не файл. Укажите файл книги Excel' : 'по этому пути уже есть папка. Укажите имя файла, а не папки'),
  ENOTDIR: () => 'в пути вместо папки стоит файл. Проверьте путь: одна из его частей — файл, а не папка',
  EEXIST: () => 'в пути вместо папки стоит файл с тем же именем. Проверьте путь или укажите другую папку',
  ENAMETOOLONG: () => 'слишком длинное имя файла или пути. Сократите имя',
  ENOSPC: () => 'на диске нет места. Освободите место или укажите другой диск; прежний файл не изменён',
  EDQUOT: () => 'превышена дисковая квота. Освободите место или укажите другую папку; прежний файл не изменён',
  EFBIG: () => 'файл слишком большой для этого диска. Укажите другой диск',
  EIO: () => 'ошибка ввода-вывода устройства. Проверьте диск и повторите',
  ELOOP: () => 'ссылки в пути зациклены. Проверьте символьные ссылки',
  EMFILE: () => 'открыто слишком много файлов. Закройте лишние программы и повторите',
  ENFILE: () => 'открыто слишком много файлов. Закройте лишние программы и повторите',
  EBUSY: () => 'файл занят другой программой. Закройте его (например, в Excel) и повторите',
  ETXTBSY: () => 'файл занят другой программой. Закройте его и повторите',
  EXDEV: () => 'файл нельзя перенести между дисками. Укажите папку на том же диске',
  ENXIO: () => 'это не обычный файл (устройство или канал). Укажите файл книги Excel',
  EINVAL: () => 'недопустимое имя или операция. Проверьте путь',
};

/** The Russian sentence for a file-system error on `path` (as the user typed it). */
export const fsErrorMessage = (e: NodeJS.ErrnoException, path: string, action: Action): string => {
  const reason = REASONS[e.code ?? '']?.(action) ?? `системная ошибка ${e.code}. Проверьте путь и права доступа и повторите`;
  return `Не удалось ${action === 'read' ? 'прочитать' : 'записать'} «${path}»: ${reason}.`;
};

/** Runs `work`; a file-system error becomes a UserError naming the path and what to do. */
export const withFsErrors = async <T>(path: string, action: Action, work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (e) {
    if (isFsError(e)) throw new UserError(fsErrorMessage(e, path, action));
    throw e;
  }
};
