// A function of one string, remembered: for small keys that come back on every
// page (words, names, class strings), never for whole pages. The memory stays
// bounded: past `max` entries everything is forgotten at once (the hot keys
// are back within a page).

export function memoByString<V>(fn: (key: string) => V, max = 50_000): (key: string) => V {
  const seen = new Map<string, V>();
  return (key: string): V => {
    let v = seen.get(key);
    if (v === undefined && !seen.has(key)) {
      v = fn(key);
      if (seen.size >= max) seen.clear();
      seen.set(key, v);
    }
    return v as V;
  };
}
