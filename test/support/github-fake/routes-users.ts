/** Who the token is: a person's token names its user; GITHUB_TOKEN (a bot) is refused, as GitHub does. */
import { GitHubRefusal, ok, type Handler } from './handler-kit.js';
import { errorBody, user } from './shapes-issues.js';

export const userRoutes: Record<string, Handler> = {
  'users/get-authenticated': (_request, site) => {
    if (site.identity.type === 'Bot') {
      throw new GitHubRefusal(403, errorBody(403, 'Resource not accessible by integration'));
    }
    const template = site.api.example(
      'users/get-authenticated',
      200,
      'response-with-public-and-private-profile-information',
    );
    return ok({ ...(template as Record<string, unknown>), ...user(site, site.identity) });
  },
};
