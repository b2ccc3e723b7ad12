// The layers (as in VS Code's valid-layers-check): shared/ is plain TypeScript, renderer/
// is browser code, main/ is Node, and only main/electron/ and preload/ may touch Electron.
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const nodePaths = { paths: nodeModules.map((name) => ({ name, message: 'browser and shared code cannot use Node modules' })) };
const electron = { name: 'electron', message: "only main/electron/ and preload/ may import 'electron'" };

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', '.cache/**', 'out/**', 'test-artifacts/**', 'renderer/dist/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', { paths: [electron] }],
    },
  },
  {
    files: ['main/electron/**', 'preload/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electron, ...nodePaths.paths], patterns: [{ group: ['**/main/**', 'node:*'], message: 'the renderer talks to main only through shared/api.ts' }] },
      ],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electron, ...nodePaths.paths], patterns: [{ group: ['**/main/**', '**/renderer/**', 'node:*'], message: 'shared/ depends on nothing of main or renderer' }] },
      ],
    },
  },
);
