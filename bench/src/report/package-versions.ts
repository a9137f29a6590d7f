import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';

const BENCH_MODULES = new URL('../../node_modules/', import.meta.url).pathname;

function versionAt(dir: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

/** Versions of the packages under comparison, read from what is installed. */
export function packageVersions(): Record<string, string> {
  const yWebsocketServer = realpathSync(path.join(BENCH_MODULES, '@y/websocket-server'));
  return {
    yjs: versionAt(path.join(BENCH_MODULES, 'yjs')),
    '@hocuspocus/server': versionAt(path.join(BENCH_MODULES, '@hocuspocus/server')),
    '@hocuspocus/extension-database': versionAt(path.join(BENCH_MODULES, '@hocuspocus/extension-database')),
    '@y/websocket-server': versionAt(yWebsocketServer),
    'y-leveldb': versionAt(path.join(yWebsocketServer, '../../y-leveldb')),
    ws: versionAt(path.join(BENCH_MODULES, 'ws')),
  };
}
