// The first layer: what the banner says and the three equal choices.
export interface FirstLayerProps {
  title: string
  text: string
  acceptAll: string
  rejectAll: string
  settings: string
  onChoice: (choice: 'accept-all' | 'reject-all' | 'settings') => void
}

export function FirstLayer(props: FirstLayerProps) {
  return (
    <section class="banner" role="region" aria-label={props.title}>
      <h2>{props.title}</h2>
      <p>{props.text}</p>
      <div class="actions">
        <button type="button" onClick={() => props.onChoice('accept-all')}>{props.acceptAll}</button>
        <button type="button" onClick={() => props.onChoice('reject-all')}>{props.rejectAll}</button>
        <button type="button" onClick={() => props.onChoice('settings')}>{props.settings}</button>
      </div>
    </section>
  )
}
