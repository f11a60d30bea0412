/** 404 for unknown and unpublished articles (inside the site's layout: header and footer stay). */
const NotFound = () => (
  <div className="ppk-article">
    <h1 className="ppk-page-title">Page not found</h1>
    <p className="ppk-lead">This page does not exist or is not published.</p>
    <p>
      <a href="/">Browse all articles</a>
    </p>
  </div>
)

export default NotFound
