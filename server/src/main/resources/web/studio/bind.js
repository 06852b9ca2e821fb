// The bind page's behaviour, in a file of its own: the page's Content-Security-Policy allows no inline script.
document.getElementById('bind').addEventListener('submit', async (event) => {
  event.preventDefault();
  const result = document.getElementById('result');
  result.textContent = 'Registering ...';
  try {
    const answer = await fetch('/api/auth/bind', {
      method: 'POST',
      headers: {'Authorization': 'Bearer ' + document.getElementById('token').value.trim(), 'Content-Type': 'application/json'},
      body: JSON.stringify({user_id: document.getElementById('user').textContent, name: document.getElementById('name').value})
    }).then(r => r.json());
    if (answer.code === 0) {
      document.getElementById('bind').hidden = true;
      result.className = '';
      result.textContent = 'Registered. Your sessions and ' + answer.data.credits + ' credits are kept.'
        + ' The new token is valid until ' + new Date(answer.data.expires_at).toLocaleDateString() + '.';
      document.getElementById('new-token').value = answer.data.token;
      document.getElementById('kept').hidden = false;
    } else {
      result.className = 'refused';
      result.textContent = answer.message;
    }
  } catch (e) {
    result.className = 'refused';
    result.textContent = 'The server could not be reached: ' + e;
  }
});
document.getElementById('copy').addEventListener('click', async () => {
  const field = document.getElementById('new-token');
  field.select();
  try {
    await navigator.clipboard.writeText(field.value);
    document.getElementById('copy').textContent = 'Copied';
  } catch (e) {
    document.getElementById('copy').textContent = 'Selected: press Ctrl+C';
  }
});
