// The staff form: check the plan (contract JSON or a staff workbook) with /form/validate, show its problems, review a
// valid plan with /form/review and show the 审核意见 by project, then fetch the document from /form/documents and hand
// it to the browser as a download with the name the server gives it. The review never blocks the download, also when
// it fails. Every text shown
// comes from the page (#form-text) or the server and is inserted as text, never as HTML.
(function () {
  'use strict';

  var text = JSON.parse(document.getElementById('form-text').textContent);
  var form = document.getElementById('plan-form');
  var fileInput = document.getElementById('file');
  var textarea = document.getElementById('text');
  var buttons = form.querySelectorAll('button');
  var status = document.getElementById('status');
  var errorsBox = document.getElementById('errors');
  var warningsBox = document.getElementById('warnings');
  var reviewBox = document.getElementById('review');

  function say(key) {
    var args = Array.prototype.slice.call(arguments, 1);
    return text[key].replace(/\{(\d+)\}/g, function (m, i) { return i < args.length ? String(args[i]) : m; });
  }

  function setStatus(message, kind) {
    status.textContent = message;
    status.className = kind || '';
  }

  function clearProblems() {
    [errorsBox, warningsBox].forEach(function (box) {
      box.hidden = true;
      box.querySelector('ol').replaceChildren();
    });
    reviewBox.hidden = true;
    document.getElementById('review-groups').replaceChildren();
  }

  function element(tag, className, content) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (content !== undefined) {
      e.textContent = content;
    }
    return e;
  }

  // One finding: severity and rule, where, what; why and how behind a disclosure, so that thirty findings stay readable.
  function finding(f, rules) {
    var item = element('li', 'finding ' + f.severity);
    var rule = rules[f.rule] || {};
    item.append(element('span', 'badge', text['severity.' + f.severity] || f.severity),
      element('span', 'rule-name', rule.name || f.rule),
      element('span', 'where', f.where || text.wholeFile),
      element('span', 'message', f.message || ''));
    if (rule.reason || rule.suggestion) {
      var details = element('details');
      var reason = element('p', 'reason');
      reason.append(element('strong', null, text.reviewReason), rule.reason || '');
      var suggestion = element('p', 'suggestion');
      suggestion.append(element('strong', null, text.reviewSuggestion), rule.suggestion || '');
      details.append(element('summary', null, text.reviewWhy), reason, suggestion);
      item.append(details);
    }
    return item;
  }

  // The findings grouped by project ("/projects/2/…"), the plan's own first, each group with its project's score.
  function showReview(result) {
    var groups = document.getElementById('review-groups');
    var byProject = {};
    var order = [];
    (result.findings || []).forEach(function (f) {
      var m = /^\/projects\/(\d+)(\/|$)/.exec(f.path || '');
      var key = m ? m[1] : 'plan';
      if (!byProject[key]) {
        byProject[key] = [];
        order.push(key);
      }
      byProject[key].push(f);
    });
    var counts = result.counts || {};
    document.getElementById('review-summary').textContent = order.length === 0 ? say('reviewClean', result.score)
      : say('reviewSummary', result.score, counts.error || 0, counts.warning || 0, counts.note || 0);
    order.forEach(function (key) {
      var group = element('section', 'review-group');
      var heading = element('h3');
      if (key === 'plan') {
        heading.textContent = text.reviewPlan;
      } else {
        var project = (result.projects || [])[Number(key)] || {};
        heading.append(say('reviewProject', Number(key) + 1, project.name || ''), ' ',
          element('span', 'score', say('reviewScore', project.score)));
      }
      var list = element('ol');
      byProject[key].forEach(function (f) { list.append(finding(f, result.rules || {})); });
      group.append(heading, list);
      groups.append(group);
    });
    reviewBox.hidden = false;
  }

  // Resolves whatever happens: a review that fails (or a server without one) leaves the box hidden, nothing more.
  function review(body) {
    return post('/form/review', body)
      .then(function (response) {
        return response.ok ? response.json().then(function (result) {
          if (result.valid) {
            showReview(result);
          }
        }) : null;
      })
      .catch(function () { return null; });
  }

  function fill(box, problems) {
    var list = box.querySelector('ol');
    list.replaceChildren();
    (problems || []).forEach(function (p) {
      var item = document.createElement('li');
      var where = document.createElement('span');
      where.className = 'where';
      where.textContent = p.where || text.wholeFile;
      var message = document.createElement('span');
      message.className = 'message';
      message.textContent = p.message || '';
      item.append(where, message);
      if (p.path) {
        var path = document.createElement('span');
        path.className = 'path';
        var code = document.createElement('code');
        code.textContent = p.path;
        path.append(text.pathLabel, code);
        item.append(path);
      }
      list.append(item);
    });
    box.hidden = list.children.length === 0;
  }

  function showProblems(errors, warnings) {
    fill(errorsBox, errors);
    fill(warningsBox, warnings);
  }

  function focusFirstProblems() {
    var box = !errorsBox.hidden ? errorsBox : !warningsBox.hidden ? warningsBox : null;
    if (box) {
      box.querySelector('h2').focus();
    }
  }

  function busy(on) {
    form.setAttribute('aria-busy', on ? 'true' : 'false');
    buttons.forEach(function (b) { b.disabled = on; });
  }

  var JSON_TYPE = 'application/json';
  var WORKBOOK_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  // The chosen file if there is one, else the pasted text; sent as the request body unchanged. A file that is not
  // named .json goes as a workbook, so that an .xls or .et gets the server's advice to save it as .xlsx.
  function input() {
    if (fileInput.files && fileInput.files.length > 0) {
      var file = fileInput.files[0];
      return { body: file, type: /\.json$/i.test(file.name) ? JSON_TYPE : WORKBOOK_TYPE };
    }
    if (textarea.value.trim() !== '') {
      return { body: new Blob([textarea.value], { type: JSON_TYPE }), type: JSON_TYPE };
    }
    return null;
  }

  function post(url, plan) {
    return fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': plan.type },
      body: plan.body,
      credentials: 'same-origin'
    });
  }

  function isProblem(response) {
    var type = response.headers.get('Content-Type') || '';
    return type.indexOf('application/problem+json') === 0;
  }

  // A problem document (RFC 9457) from the server: its title and detail in the status line, its items in the lists.
  function showFailure(response) {
    if (isProblem(response)) {
      return response.json().then(function (problem) {
        var hasItems = problem.errors && problem.errors.some(function (e) { return e.path || e.where; });
        if (hasItems || problem.warnings) {
          showProblems(problem.errors, problem.warnings);
        }
        setStatus(say('failed', [problem.title, problem.detail].filter(Boolean).join('：')), 'error');
        focusFirstProblems();
      });
    }
    setStatus(say('unexpected', response.status), 'error');
    return Promise.resolve();
  }

  // filename*=UTF-8''%E5%B7%A8… (RFC 5987) carries the Chinese name; filename="…" is the ASCII fallback.
  function fileName(disposition, fallback) {
    if (disposition) {
      var star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
      if (star) {
        try { return decodeURIComponent(star[1].trim()); } catch (e) { /* fall through to the plain name */ }
      }
      var plain = /filename\s*=\s*"([^"]*)"/i.exec(disposition);
      if (plain) {
        return plain[1];
      }
    }
    return fallback;
  }

  function download(blob, name) {
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // The download has its own copy once started; keep the URL a while for slow browsers, then free the memory.
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }

  function chosenFormat() {
    var checked = form.querySelector('input[name="format"]:checked');
    return checked ? checked.value : 'pdf';
  }

  /** X-Warnings: UTF-8'' and the percent-encoded JSON list /form/validate answers. */
  function warningsOf(header) {
    if (!header || header.indexOf("UTF-8''") !== 0) {
      return [];
    }
    try {
      return JSON.parse(decodeURIComponent(header.substring(7)));
    } catch (e) {
      return [];
    }
  }

  function run(generate) {
    clearProblems();
    var plan = input();
    if (!plan) {
      setStatus(say('noInput'), 'error');
      (fileInput.files.length ? fileInput : textarea).focus();
      return;
    }
    var format = chosenFormat();
    var validationWarnings = 0;
    busy(true);
    setStatus(say('checking'));
    post('/form/validate', plan)
      .then(function (response) {
        if (!response.ok) {
          return showFailure(response).then(function () { return false; });
        }
        return response.json().then(function (result) {
          showProblems(result.errors, result.warnings);
          validationWarnings = (result.warnings || []).length;
          if (!result.valid) {
            setStatus(say('invalid', result.errors.length), 'error');
            focusFirstProblems();
            return false;
          }
          setStatus(validationWarnings ? say('validWithWarnings', validationWarnings) : say('valid'), 'ok');
          return review(plan).then(function () { return generate; });
        });
      })
      .then(function (proceed) {
        if (!proceed) {
          return null;
        }
        setStatus(say('rendering'));
        return post('/form/documents?format=' + encodeURIComponent(format), plan).then(function (response) {
          if (!response.ok) {
            return showFailure(response);
          }
          var name = fileName(response.headers.get('Content-Disposition'), 'document.' + format);
          var renderWarnings = parseInt(response.headers.get('X-Warning-Count') || '0', 10);
          var listed = warningsOf(response.headers.get('X-Warnings'));
          return response.blob().then(function (blob) {
            download(blob, name);
            var message = say('downloaded', name);
            if (renderWarnings > validationWarnings) {
              // Validation shows the plan's warnings; these are the render's own (a template's character).
              showProblems([], listed);
              message += ' ' + say('renderWarnings', renderWarnings - validationWarnings);
            }
            setStatus(message, 'ok');
          });
        });
      })
      .catch(function () {
        setStatus(say('unreachable'), 'error');
      })
      .finally(function () {
        busy(false);
      });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    run(true);
  });
  document.getElementById('check').addEventListener('click', function () {
    run(false);
  });
})();
