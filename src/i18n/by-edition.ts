// The files an `import.meta.glob` of content/editions/<code>/<name> found, by the edition each lies in: "ru" → its
// content. (A glob must be written out where it is used, so each module globs its own files and maps them here.)
export function byEdition<T>(files: Readonly<Record<string, T>>): Map<string, T> {
  return new Map(Object.entries(files).map(([path, value]) => [/editions\/([^/]+)\//.exec(path)?.[1] ?? "", value]));
}
