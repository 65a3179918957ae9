import type { Entity } from '../../schema/entity.js'

/**
 * The entity registry as the build uses it: every entry of
 * `corpus/registry/{persons,organizations,places}.yaml`, typed, in file order
 * (persons, organizations, places), each with `provisional: false`.
 */
export type Registry = readonly Entity[]
