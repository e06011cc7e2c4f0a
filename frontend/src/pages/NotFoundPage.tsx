import { NotFound } from '../shared/ui/StatusPages';

export function NotFoundPage() {
  return <NotFound />;
}
