/** A file picked or dropped, with its path inside a dropped folder (« Plans/RDC.pdf »). */
export interface PickedFile {
  file: File;
  relativePath: string;
}

/** Files systems add to folders behind the user's back; nobody means to send them to the bank. */
const SYSTEM_FILES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

function isWanted(name: string): boolean {
  return !SYSTEM_FILES.has(name) && !name.startsWith('._');
}

/**
 * The files of a drop, walking into dropped folders. Entries must be taken from the DataTransfer
 * synchronously, during the drop event: the browser empties it once the handler returns.
 */
export async function readDroppedFiles(dataTransfer: DataTransfer): Promise<PickedFile[]> {
  const entries: FileSystemEntry[] = [];
  const looseFiles: File[] = [];
  for (const item of Array.from(dataTransfer.items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.();
    if (entry) entries.push(entry);
    else {
      const file = item.getAsFile();
      if (file) looseFiles.push(file);
    }
  }
  if (entries.length === 0 && looseFiles.length === 0) {
    return Array.from(dataTransfer.files).map((file) => ({ file, relativePath: file.name }));
  }
  const nested = await Promise.all(entries.map((entry) => readEntry(entry, '')));
  return [...nested.flat(), ...looseFiles.map((file) => ({ file, relativePath: file.name }))].filter(
    (picked) => isWanted(picked.file.name),
  );
}

/** Files chosen with the file input (a folder input gives `webkitRelativePath`). */
export function readChosenFiles(files: FileList | null): PickedFile[] {
  return Array.from(files ?? [])
    .filter((file) => isWanted(file.name))
    .map((file) => ({ file, relativePath: file.webkitRelativePath || file.name }));
}

async function readEntry(entry: FileSystemEntry, parent: string): Promise<PickedFile[]> {
  const path = parent ? `${parent}/${entry.name}` : entry.name;
  if (isFileEntry(entry)) {
    const file = await new Promise<File>((resolve, reject) => entry.file(resolve, reject));
    return [{ file, relativePath: path }];
  }
  if (isDirectoryEntry(entry)) {
    const children = await readAllChildren(entry);
    const nested = await Promise.all(children.map((child) => readEntry(child, path)));
    return nested.flat();
  }
  return [];
}

/** `readEntries` answers at most a batch (100 in Chromium) per call: call it until it answers none. */
async function readAllChildren(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

function isFileEntry(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

function isDirectoryEntry(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}
