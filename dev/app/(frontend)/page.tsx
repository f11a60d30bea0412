import { redirect } from 'next/navigation.js'

// Placeholder until the site frontend exists: the dev app starts at the admin.
const Home = () => redirect('/admin')

export default Home
