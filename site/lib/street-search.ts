/**
 * The outages page's street search with JavaScript: a few inline lines (no script file on a content page). The form is
 * hidden until they run — without JavaScript the municipalities' pages list every street instead. Typing leaves only
 * the notices whose streets contain the words (ё as е, any case), and a polite live region says how many are left.
 */
export const STREET_SEARCH_SCRIPT = `(function(){var f=document.getElementById('street-search');if(!f)return;var i=f.querySelector('input'),o=document.getElementById('street-search-count'),cards=document.querySelectorAll('.outage');f.hidden=false;
function n(s){return s.toLowerCase().replace(/ё/g,'е').replace(/\\s+/g,' ').trim()}
function run(){var q=n(i.value),c=0;cards.forEach(function(card){var show=!q||n(card.getAttribute('data-streets')||'').indexOf(q)>=0;card.hidden=!show;if(show)c++});o.textContent=q?o.getAttribute('data-template').replace('{count}',c):''}
i.addEventListener('input',run);f.addEventListener('submit',function(e){e.preventDefault();run()})})();`;
