import * as migration_20261127_071234_initial from './20261127_071234_initial.js'
import * as migration_20261206_052406_leases_write_ahead_llm_wait from './20261206_052406_leases_write_ahead_llm_wait.js'
import * as migration_20261206_054638_rate_limits from './20261206_054638_rate_limits.js'
import * as migration_20261206_081105_authors_roles_images_refinement_maps_llm_limits from './20261206_081105_authors_roles_images_refinement_maps_llm_limits.js'
import * as migration_20261206_082743_backlinks_task from './20261206_082743_backlinks_task.js'

export const migrations = [
  {
    up: migration_20261127_071234_initial.up,
    down: migration_20261127_071234_initial.down,
    name: '20261127_071234_initial',
  },
  {
    up: migration_20261206_052406_leases_write_ahead_llm_wait.up,
    down: migration_20261206_052406_leases_write_ahead_llm_wait.down,
    name: '20261206_052406_leases_write_ahead_llm_wait',
  },
  {
    up: migration_20261206_054638_rate_limits.up,
    down: migration_20261206_054638_rate_limits.down,
    name: '20261206_054638_rate_limits',
  },
  {
    up: migration_20261206_081105_authors_roles_images_refinement_maps_llm_limits.up,
    down: migration_20261206_081105_authors_roles_images_refinement_maps_llm_limits.down,
    name: '20261206_081105_authors_roles_images_refinement_maps_llm_limits',
  },
  {
    up: migration_20261206_082743_backlinks_task.up,
    down: migration_20261206_082743_backlinks_task.down,
    name: '20261206_082743_backlinks_task'
  },
];
