/**
 * Settings of the visually-impaired mode (ГОСТ Р 52872-2019 practice). The first value of each is the normal
 * site. Each chosen value becomes an attribute on <html> (data-vi-size="4"), which styles/vision.css reads.
 */
export const VISION_OPTIONS = [
  { name: 'size', values: ['1', '2', '3', '4', '5'] },
  { name: 'scheme', values: ['default', 'black-on-white', 'white-on-black', 'blue', 'brown', 'green'] },
  { name: 'letter', values: ['1', '2', '3'] },
  { name: 'line', values: ['1', '2', '3'] },
  { name: 'images', values: ['on', 'off'] },
  { name: 'font', values: ['sans', 'serif'] },
] as const;

export const VISION_STORAGE_KEY = 'tes-vision';

/**
 * Runs in <head> before the page is painted: applies the saved settings so no page flashes in the normal version.
 * Only known names and values are applied.
 */
export const VISION_RESTORE_SCRIPT = `try{var v=JSON.parse(localStorage.getItem('${VISION_STORAGE_KEY}')||'{}'),o=${JSON.stringify(
  Object.fromEntries(VISION_OPTIONS.map((option) => [option.name, option.values])),
)};for(var k in v)if(o[k]&&o[k].indexOf(v[k])>0)document.documentElement.setAttribute('data-vi-'+k,v[k])}catch(e){}`;

/** Runs after the panel's form: checks the saved radios, saves every change, and resets to the normal version. */
export const VISION_PANEL_SCRIPT = `(function(){var f=document.getElementById('vision-form'),d=document.documentElement,K='${VISION_STORAGE_KEY}',s={};
try{s=JSON.parse(localStorage.getItem(K)||'{}')}catch(e){}
for(var k in s){var r=f.querySelector('input[name="'+k+'"][value="'+s[k]+'"]');if(r)r.checked=true}
f.addEventListener('change',function(e){var t=e.target;s[t.name]=t.value;d.setAttribute('data-vi-'+t.name,t.value);try{localStorage.setItem(K,JSON.stringify(s))}catch(x){}});
f.addEventListener('submit',function(e){e.preventDefault();var p=f.closest('details');if(p){p.open=false;p.querySelector('summary').focus()}});
f.addEventListener('reset',function(){s={};try{localStorage.removeItem(K)}catch(x){}for(var i=d.attributes.length-1;i>=0;i--){var n=d.attributes[i].name;if(n.indexOf('data-vi-')==0)d.removeAttribute(n)}});})();`;
