import * as migration_20261127_071226_initial from './20261127_071226_initial.js'

export const migrations = [
  {
    up: migration_20261127_071226_initial.up,
    down: migration_20261127_071226_initial.down,
    name: '20261127_071226_initial'
  },
];
