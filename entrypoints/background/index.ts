import { defineBackground } from 'wxt/utils/define-background';
import { listenForRequests } from './router';
import { requestHandlers } from './handlers';

// The background worker may be stopped at any moment: everything it needs is registered synchronously here.
export default defineBackground(() => {
  listenForRequests(requestHandlers);
});
