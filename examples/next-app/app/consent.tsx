'use client'
// The page's own client component: a button with a click handler. @sekisho/react's provider and
// <Gate> are client components of the package itself (its module is 'use client'), so the server
// components import them from '@sekisho/react' directly.
import { useSekisho } from '@sekisho/react'

export function SettingsButton() {
  // Undefined on the server and while hydrating; the button works from the next render on.
  const sekisho = useSekisho()
  return (
    <button type="button" onClick={() => sekisho?.showSettings()}>
      Cookie設定
    </button>
  )
}
