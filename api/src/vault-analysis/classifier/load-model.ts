import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ClassifierModel } from './classifier-model';

/** The committed model, rebuilt by `pnpm train:classifier`. */
export const MODEL_PATH = path.join(import.meta.dirname, '..', 'model', 'classifier-model.json');

export async function loadModel(filePath: string = MODEL_PATH): Promise<ClassifierModel> {
  return JSON.parse(await readFile(filePath, 'utf8')) as ClassifierModel;
}

export async function saveModel(model: ClassifierModel, filePath: string = MODEL_PATH): Promise<void> {
  await writeFile(filePath, `${JSON.stringify(model)}\n`);
}
