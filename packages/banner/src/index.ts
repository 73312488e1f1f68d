// @sekisho/banner: the consent banner and preferences dialog (Preact in Shadow DOM).
export { mountBanner } from './mount.tsx'
export type { MountedBanner } from './mount.tsx'
export type { FirstLayerProps } from './first-layer/first-layer.tsx'
