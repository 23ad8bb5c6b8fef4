export { scenarios } from './scenes';
export {
  defaultSite,
  siteWith,
  docroot,
  nginx,
  echoWsgi,
  gunicornPrefork,
  type SiteChanges,
} from './site';
