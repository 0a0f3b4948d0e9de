/**
 * «Была ли страница полезной?» with JavaScript: the same form, sent in the background (JSON, as the islands do) and
 * answered in place — thanks, or that it failed — in a polite live region; the focus goes to the answer. Inline, a
 * few hundred bytes: a content page ships no script file. Without JavaScript the form posts to the CMS, which answers
 * with a small page and the way back.
 */
export const PAGE_FEEDBACK_SCRIPT = `(function(){var f=document.getElementById('page-feedback');if(!f||!window.fetch)return;var m=document.getElementById('page-feedback-message');
f.addEventListener('submit',function(e){e.preventDefault();var b={},d=new FormData(f);d.forEach(function(v,k){b[k]=v});if(e.submitter&&e.submitter.name)b[e.submitter.name]=e.submitter.value;
fetch(f.action,{method:'POST',headers:{'Content-Type':'application/json',Accept:'application/json'},body:JSON.stringify(b)}).then(function(r){
if(r.ok){f.hidden=true;m.textContent=m.getAttribute('data-thanks')}else{m.textContent=m.getAttribute('data-failed')}m.focus()},function(){m.textContent=m.getAttribute('data-failed');m.focus()})})})();`;
