/** 404 for unknown and unpublished articles. */
const NotFound = () => (
  <main>
    <h1>Not found</h1>
    <p>
      This page does not exist or is not published. <a href="/">All articles</a>
    </p>
  </main>
)

export default NotFound
