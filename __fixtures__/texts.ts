/**
 * Every registry's texts loaded before each test file (setupFilesAfterEnv):
 * the writers load a registry's texts before rendering a report of it
 * (src/profiles/index.ts loadTexts); tests render any registry's directly.
 * Tests of the loading itself import the module afresh.
 */
import { beforeAll } from '@jest/globals'
import { loadAllTexts } from '../src/profiles/index.js'

beforeAll(loadAllTexts)
