// A page with vendor snippets pasted as the vendors give them, unmarked, as one HTML string (the
// usual way to paste HTML into React). The browser's preload scanner would fetch gtag.js the moment
// the HTML arrives; server.mjs's @sekisho/server middleware marks every such tag up before the HTML
// leaves the server, so each waits for the visitor's consent. React does not hydrate inside
// dangerouslySetInnerHTML, so the marked-up tags cause no hydration mismatch (held <script>
// elements rendered by React itself would: their type differs from React's props).
const SNIPPETS = `<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-STORE0001"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-STORE0001');
</script>
<!-- Meta Pixel Code -->
<script>
!function(f,b,e,v,n,t,s)
{if(f.fbq)return;n=f.fbq=function(){n.callMethod?
n.callMethod.apply(n,arguments):n.queue.push(arguments)};
if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';
n.queue=[];t=b.createElement(e);t.async=!0;
t.src=v;s=b.getElementsByTagName(e)[0];
s.parentNode.insertBefore(t,s)}(window, document,'script',
'https://connect.facebook.net/en_US/fbevents.js');
fbq('init', '1234567890');
fbq('track', 'PageView');
</script>
<noscript><img height="1" width="1" style="display:none"
src="https://www.facebook.com/tr?id=1234567890&ev=PageView&noscript=1"
/></noscript>
<!-- End Meta Pixel Code -->`

export default function Pasted() {
  return (
    <main>
      <h1>キャンペーン</h1>
      <div dangerouslySetInnerHTML={{ __html: SNIPPETS }} />
    </main>
  )
}
