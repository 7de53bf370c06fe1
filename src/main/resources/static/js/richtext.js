/*
 * The rich-text editor of a disclosure item's body: a small toolbar over a contenteditable area that
 * replaces the body's textarea when scripts run (without them the textarea stays and takes HTML).
 * The toolbar and its labels are in the page (hidden until this script shows them); what is typed is
 * copied back into the textarea on submit and sanitised on the server (RichText) like any other body.
 */
(function () {
  'use strict';
  var textarea = document.querySelector('textarea[data-richtext]');
  if (!textarea) {
    return;
  }
  var toolbar = document.getElementById(textarea.getAttribute('data-toolbar'));
  var editor = document.getElementById(textarea.getAttribute('data-editor'));
  if (!toolbar || !editor || typeof document.execCommand !== 'function') {
    return;
  }
  var source = false;
  editor.innerHTML = textarea.value;
  toolbar.hidden = false;
  editor.hidden = false;
  textarea.hidden = true;

  function sync() {
    if (!source) {
      textarea.value = editor.innerHTML;
    }
  }

  function safeLink(href) {
    href = (href || '').trim();
    return /^(https?:\/\/|\/)[^\s"'<>]*$/i.test(href) ? href : null;
  }

  toolbar.addEventListener('mousedown', function (event) {
    // keep the selection in the editor when a button is pressed with the mouse
    if (event.target.closest('button')) {
      event.preventDefault();
    }
  });

  toolbar.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-command]');
    if (!button) {
      return;
    }
    var command = button.getAttribute('data-command');
    if (command === 'source') {
      source = !source;
      if (source) {
        textarea.value = editor.innerHTML;
        textarea.hidden = false;
        editor.hidden = true;
        textarea.focus();
      } else {
        editor.innerHTML = textarea.value;
        textarea.hidden = true;
        editor.hidden = false;
        editor.focus();
      }
      button.setAttribute('aria-pressed', String(source));
      Array.prototype.forEach.call(toolbar.querySelectorAll('button[data-command]'), function (other) {
        if (other !== button) {
          other.disabled = source;
        }
      });
      return;
    }
    editor.focus();
    var value = button.getAttribute('data-value');
    if (command === 'createLink') {
      value = safeLink(window.prompt(button.getAttribute('data-prompt') || '', 'https://'));
      if (!value) {
        return;
      }
    }
    document.execCommand('styleWithCSS', false, false);
    document.execCommand(command, false, value);
    sync();
  });

  // The arrow keys move between the toolbar's buttons (one tab stop for the toolbar).
  var buttons = Array.prototype.slice.call(toolbar.querySelectorAll('button'));
  buttons.forEach(function (button, i) {
    button.tabIndex = i === 0 ? 0 : -1;
  });
  toolbar.addEventListener('keydown', function (event) {
    var i = buttons.indexOf(document.activeElement);
    if (i < 0 || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) {
      return;
    }
    event.preventDefault();
    var next = buttons[(i + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length];
    buttons[i].tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
  });

  editor.addEventListener('input', sync);
  textarea.form.addEventListener('submit', sync);
})();
