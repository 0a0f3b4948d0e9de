/**
 * The first line of every page's <head>: marks <html class="js"> when scripts run, before the first paint, so a
 * message meant only for visitors without JavaScript (`.without-script`) is hidden for the others without a flash.
 * Not <noscript>: a browser that runs no script for another reason (a blocker, a failed download) still shows it.
 */
export const SCRIPT_FLAG = "document.documentElement.classList.add('js')";
