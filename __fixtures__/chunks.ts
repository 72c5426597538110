/**
 * Every registry's texts and the rule tables loaded before each test file
 * (setupFilesAfterEnv): the writers load a registry's texts before
 * rendering a report of it (src/profiles/index.ts loadTexts), the gathering
 * and the command line load the rules before a text is read (loadRules);
 * tests render any registry's texts and judge any evidence directly. Tests
 * of the loading itself run the bundles.
 */
import { beforeAll } from '@jest/globals'
import { loadAllTexts, loadRules } from '../src/profiles/index.js'

beforeAll(async () => {
  await Promise.all([loadAllTexts(), loadRules()])
})
