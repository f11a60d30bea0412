import * as migration_20261127_071234_initial from './20261127_071234_initial.js'

export const migrations = [
  {
    up: migration_20261127_071234_initial.up,
    down: migration_20261127_071234_initial.down,
    name: '20261127_071234_initial'
  },
];
