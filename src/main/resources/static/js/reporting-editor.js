// Sunshine — annual report editor: “插入” puts the chosen figure's reference where the cursor is in its part.
// Without JavaScript the button posts the form and the reference is appended to the part.
(function () {
  var buttons = document.querySelectorAll('button.figure-insert');
  Array.prototype.forEach.call(buttons, function (button) {
    button.addEventListener('click', function (event) {
      var select = document.getElementById(button.getAttribute('data-select'));
      var area = select && document.getElementById(select.getAttribute('data-target'));
      if (!area || !select.value) {
        return;
      }
      event.preventDefault();
      var start = typeof area.selectionStart === 'number' ? area.selectionStart : area.value.length;
      var end = typeof area.selectionEnd === 'number' ? area.selectionEnd : start;
      area.value = area.value.slice(0, start) + select.value + area.value.slice(end);
      var caret = start + select.value.length;
      area.focus();
      if (area.setSelectionRange) {
        area.setSelectionRange(caret, caret);
      }
    });
  });
})();
