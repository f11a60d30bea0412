import type { ReactNode } from 'react'

// A second root layout: the admin's <html> comes from (payload)/layout.tsx, the site's from here.
const FrontendLayout = ({ children }: { children: ReactNode }) => (
  <html lang="en">
    <body>{children}</body>
  </html>
)

export default FrontendLayout
