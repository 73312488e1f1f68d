'use client'
// @sekisho/react's provider and <Gate> hold state (context, hooks), so they render as client
// components: this module is where the server components cross into them.
import {
  Gate as SekishoGate,
  SekishoProvider,
  useSekisho,
  type GateProps,
  type SekishoProviderProps,
} from '@sekisho/react'

export const Consent = (props: SekishoProviderProps) => <SekishoProvider {...props} />
export const Gate = (props: GateProps) => <SekishoGate {...props} />

export function SettingsButton() {
  // Undefined on the server and while hydrating; the button works from the next render on.
  const sekisho = useSekisho()
  return (
    <button type="button" onClick={() => sekisho?.showSettings()}>
      Cookie設定
    </button>
  )
}
