/**
 * The public intake: POST (and two GET pages), no authentication (the public role needs no permission and gets none), each
 * request gated by global::intake-guard and checked against its contract in the controller. Appeals and readings
 * have no other routes: nothing reads them over the content API.
 */
export default {
  routes: [
    { method: 'POST', path: '/intake/appeals', handler: 'intake.appeal', config: { auth: false } },
    { method: 'POST', path: '/intake/readings', handler: 'intake.reading', config: { auth: false } },
    // Typed requests of the other services (issue 12): /intake/requests/meter-work, /e-bill, /tariff-variant, /tariff-benefit.
    { method: 'POST', path: '/intake/requests/:type', handler: 'intake.request', config: { auth: false } },
    { method: 'POST', path: '/intake/appeal-status', handler: 'intake.status', config: { auth: false } },
    // The bill estimate for a browser without JavaScript: a GET form (nothing is stored), answered by a page.
    { method: 'GET', path: '/intake/estimate', handler: 'intake.estimate', config: { auth: false } },
    // The receipt page after a no-JavaScript submission (POST → 303 → here), from a sealed, expiring token.
    { method: 'GET', path: '/intake/receipt', handler: 'intake.receipt', config: { auth: false } },
    // What visitors think (issue 14): a page's «полезна ли» answer, and an answer's score by its e-mail's sealed link.
    { method: 'POST', path: '/intake/page-feedback', handler: 'intake.pageFeedback', config: { auth: false } },
    { method: 'GET', path: '/intake/page-feedback/thanks', handler: 'intake.pageFeedbackThanks', config: { auth: false } },
    { method: 'GET', path: '/intake/satisfaction/thanks', handler: 'intake.satisfactionThanks', config: { auth: false } },
    { method: 'GET', path: '/intake/satisfaction/:token', handler: 'intake.satisfactionForm', config: { auth: false } },
    { method: 'POST', path: '/intake/satisfaction/:token', handler: 'intake.satisfaction', config: { auth: false } },
    // Supply notices by e-mail (issue 15): subscribe; confirm and unsubscribe by the sealed links of the e-mails.
    { method: 'POST', path: '/intake/outage-subscriptions', handler: 'intake.subscribe', config: { auth: false } },
    { method: 'GET', path: '/intake/outage-subscriptions/sent', handler: 'intake.subscriptionSent', config: { auth: false } },
    { method: 'GET', path: '/intake/outage-subscriptions/confirm/:token', handler: 'intake.confirmLink', config: { auth: false } },
    { method: 'POST', path: '/intake/outage-subscriptions/confirm/:token', handler: 'intake.confirm', config: { auth: false } },
    { method: 'GET', path: '/intake/outage-subscriptions/unsubscribe/:token', handler: 'intake.unsubscribeLink', config: { auth: false } },
    { method: 'POST', path: '/intake/outage-subscriptions/unsubscribe/:token', handler: 'intake.unsubscribe', config: { auth: false } },
  ],
};
