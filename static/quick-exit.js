// Quick exit, for a child who must hide this site at once. The link works without JavaScript;
// this adds the Esc key and replaces the current history entry, so that Back does not return
// here. Loaded as a file of our own so that the Content Security Policy allows it.
(function () {
	'use strict';
	document.documentElement.classList.add('js');

	function leave(url) {
		document.title = '';
		document.body.style.visibility = 'hidden';
		window.location.replace(url);
	}

	function exitUrl() {
		var link = document.querySelector('[data-quick-exit]');
		return link ? link.href : null;
	}

	document.addEventListener('click', function (event) {
		var link = event.target instanceof Element ? event.target.closest('[data-quick-exit]') : null;
		if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
		event.preventDefault();
		leave(link.href);
	});

	document.addEventListener('keydown', function (event) {
		if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
		var url = exitUrl();
		if (url) leave(url);
	});
})();
