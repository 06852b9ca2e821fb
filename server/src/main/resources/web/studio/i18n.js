// Every string the studio shows, in English and Chinese, and the language switch.
// Static markup names its strings with data-i18n (text), data-i18n-aria (aria-label) and
// data-i18n-placeholder; everything drawn by script asks t(key, params).

const STRINGS = {
  en: {
    'app.title': 'Reelwright Studio',
    'header.sessions': 'Sessions',
    'header.newSession': 'New session',
    'header.credits': 'Credits',
    'header.register': 'Register to keep your work',
    'header.copyToken': 'Copy token',
    'header.language': 'Language',
    'credits.count': '{n} credits',
    'credits.countFrozen': '{n} credits · {f} reserved',
    'credits.unknown': '— credits',
    'token.copied': 'Your token is copied: paste it on the registration page.',
    'token.copyFailed': 'The token could not be copied in this browser.',

    'panel.conversation': 'Conversation',
    'panel.media': 'Media',
    'panel.preview': 'Preview',
    'panel.timeline': 'Timeline',
    'panel.properties': 'Properties',
    'panel.exports': 'Exports',

    'chat.message': 'Message',
    'chat.placeholder': 'Paste a script and ask for a video, or ask for a change…',
    'chat.send': 'Send',
    'chat.upload': 'Upload',
    'chat.hintKeys': 'Enter sends · Shift+Enter for a new line',
    'chat.welcome': 'Paste a script and ask for a video. Then refine it here, or select a part of the timeline to change it.',
    'chat.reopened': 'Reopened “{title}”. Earlier messages are not shown here; the timeline and preview show where it stands.',
    'chat.started': 'A new session: paste a script and ask for a video.',
    'chat.waitTurn': 'Wait for the current reply to finish first.',
    'chat.empty': 'Type a message first.',
    'chat.noReply': '(no reply text)',
    'status.working': 'Working…',
    'status.stillWorking': 'Still working…',
    'status.reconnecting': 'The connection dropped; picking the reply up again…',
    'status.elapsed': '{s} s',
    'turn.dropped': 'The connection was lost before the reply finished. The work may still be going on: reload the session in a moment to see where it stands.',
    'turn.conflict': 'The draft changed meanwhile; the timeline now shows the latest version.',
    'op.undo': 'Undo',
    'op.redo': 'Redo',
    'op.change': 'Change: {what}',

    'media.empty': 'No files yet. Drop photos, clips, music or a script anywhere on the page, or use Upload.',
    'media.kind.video': 'Video',
    'media.kind.image': 'Image',
    'media.kind.audio': 'Audio',
    'media.kind.document': 'Document',
    'media.kind.other': 'File',
    'upload.list': 'Uploads',
    'upload.dropHere': 'Drop files to upload them into this session',
    'upload.progress': 'Upload of {name}',
    'upload.waiting': 'Waiting…',
    'upload.sending': '{p} %',
    'upload.done': 'Uploaded',
    'upload.dismiss': 'Dismiss',
    'upload.refusedType': '{name}: files of this kind cannot be used. Accepted: {list}.',
    'upload.refusedSize': '{name} is {size}; a file may be at most {max}.',

    'preview.empty': 'No preview yet',
    'preview.preparing': 'Preparing preview…',
    'preview.failed': 'The preview could not be loaded: {message}',
    'preview.unplayable': 'This browser could not play the preview.',
    'preview.version': 'Version {n}',

    'toolbar.undo': 'Undo',
    'toolbar.redo': 'Redo',
    'toolbar.resolution': 'Resolution',
    'toolbar.export': 'Export',

    'timeline.hint': 'Paste a script and ask for a video',
    'timeline.zoom': 'Zoom',
    'timeline.playhead': 'Playhead',
    'track.visuals': 'Visuals',
    'track.pictures': 'Pictures',
    'track.title': 'Titles',
    'track.caption': 'Captions',
    'track.overlay': 'Overlays',
    'track.text': 'Text track',
    'track.voice': 'Voice',
    'track.bgm': 'Music',
    'track.sfx': 'Sound effects',
    'track.audio': 'Audio track',
    'seg.scene': 'Scene {n}',
    'seg.titleCard': 'Title card',
    'seg.endCard': 'End card',
    'seg.title': 'Title',
    'seg.caption': 'Caption',
    'seg.overlay': 'Overlay',
    'seg.text': 'Text',
    'seg.picture': 'Picture',
    'seg.clip': 'Clip',
    'seg.background': 'Background',
    'seg.audio': 'Audio',

    'props.none': 'Select a segment on the timeline to see and change it.',
    'props.text': 'Text',
    'props.start': 'Start (s)',
    'props.length': 'Length (s)',
    'props.volume': 'Volume',
    'props.transition': 'Transition',
    'props.trlength': 'Transition length (s)',
    'props.apply': 'Apply',
    'props.info': '{what} · {from}–{to}',
    'props.card': 'This card is made from the title and the end text: change their words on the Titles track, or ask in the chat.',
    'props.readonly': 'This part cannot be changed here; ask for a change in the chat.',
    'props.nothing': 'Nothing was changed.',
    'props.badNumber': '{field} needs a number of seconds.',
    'transition.none': 'None',

    'exports.empty': 'No exports yet. Choose a resolution and press Export.',
    'export.status.pending': 'Waiting',
    'export.status.processing': 'Rendering',
    'export.status.completed': 'Ready',
    'export.status.failed': 'Failed',
    'export.status.cancelled': 'Cancelled',
    'export.progress': 'Progress of the {res} export',
    'export.download': 'Download',
    'export.cancel': 'Cancel',
    'export.started': 'Export started ({res}).',
    'export.ready': 'The {res} export is ready to download.',
    'export.failedNote': 'The {res} export failed: {error}',
    'export.noDraft': 'Make a video first, then export it.',
    'export.downloading': 'Downloading {name}…',
    'export.size': '{size}',

    'error.network': 'The server could not be reached. Check the connection and try again.',
    'error.rateLimited': 'Too many requests: try again in {s} s.',
    'error.http': 'The server answered with status {status}.',
    'error.unexpected': 'Something went wrong: {message}',
    'notice.dismiss': 'Dismiss',
    'session.untitled': 'Untitled',
    'session.label': '{title} · {when}',
  },
  zh: {
    'app.title': 'Reelwright 工作室',
    'header.sessions': '会话',
    'header.newSession': '新会话',
    'header.credits': '积分',
    'header.register': '注册以保留作品',
    'header.copyToken': '复制令牌',
    'header.language': '语言',
    'credits.count': '{n} 积分',
    'credits.countFrozen': '{n} 积分 · 冻结 {f}',
    'credits.unknown': '— 积分',
    'token.copied': '令牌已复制：请粘贴到注册页面。',
    'token.copyFailed': '此浏览器无法复制令牌。',

    'panel.conversation': '对话',
    'panel.media': '素材',
    'panel.preview': '预览',
    'panel.timeline': '时间线',
    'panel.properties': '属性',
    'panel.exports': '导出记录',

    'chat.message': '消息',
    'chat.placeholder': '粘贴脚本并让它做成视频，或者提出修改……',
    'chat.send': '发送',
    'chat.upload': '上传',
    'chat.hintKeys': 'Enter 发送 · Shift+Enter 换行',
    'chat.welcome': '粘贴一段脚本，让它做成视频。之后可以在这里继续修改，或在时间线上选中某一段来调整。',
    'chat.reopened': '已重新打开“{title}”。之前的消息不在这里显示；时间线和预览就是它现在的样子。',
    'chat.started': '新会话：粘贴脚本，让它做成视频。',
    'chat.waitTurn': '请等当前的回复完成。',
    'chat.empty': '请先输入消息。',
    'chat.noReply': '（没有回复文字）',
    'status.working': '处理中……',
    'status.stillWorking': '仍在处理……',
    'status.reconnecting': '连接中断，正在接上回复……',
    'status.elapsed': '{s} 秒',
    'turn.dropped': '回复完成前连接断开了。工作可能仍在进行：稍后重新打开会话即可看到进度。',
    'turn.conflict': '草稿在这期间改过了；时间线现在显示的是最新版本。',
    'op.undo': '撤销',
    'op.redo': '重做',
    'op.change': '修改：{what}',

    'media.empty': '还没有文件。把照片、视频、音乐或脚本拖到页面任意位置，或点“上传”。',
    'media.kind.video': '视频',
    'media.kind.image': '图片',
    'media.kind.audio': '音频',
    'media.kind.document': '文档',
    'media.kind.other': '文件',
    'upload.list': '上传列表',
    'upload.dropHere': '松开即可把文件上传到这个会话',
    'upload.progress': '{name} 的上传进度',
    'upload.waiting': '等待中……',
    'upload.sending': '{p} %',
    'upload.done': '已上传',
    'upload.dismiss': '关闭',
    'upload.refusedType': '{name}：不支持这种文件。可用：{list}。',
    'upload.refusedSize': '{name} 有 {size}；每个文件最大 {max}。',

    'preview.empty': '还没有预览',
    'preview.preparing': '正在准备预览……',
    'preview.failed': '预览加载失败：{message}',
    'preview.unplayable': '此浏览器无法播放预览。',
    'preview.version': '第 {n} 版',

    'toolbar.undo': '撤销',
    'toolbar.redo': '重做',
    'toolbar.resolution': '分辨率',
    'toolbar.export': '导出',

    'timeline.hint': '粘贴脚本，让它做成视频',
    'timeline.zoom': '缩放',
    'timeline.playhead': '播放头',
    'track.visuals': '画面',
    'track.pictures': '插图',
    'track.title': '标题',
    'track.caption': '字幕',
    'track.overlay': '叠加文字',
    'track.text': '文字轨',
    'track.voice': '配音',
    'track.bgm': '音乐',
    'track.sfx': '音效',
    'track.audio': '音频轨',
    'seg.scene': '第 {n} 场',
    'seg.titleCard': '片头卡',
    'seg.endCard': '片尾卡',
    'seg.title': '标题',
    'seg.caption': '字幕',
    'seg.overlay': '叠加文字',
    'seg.text': '文字',
    'seg.picture': '插图',
    'seg.clip': '片段',
    'seg.background': '背景',
    'seg.audio': '音频',

    'props.none': '在时间线上选中一段即可查看和修改。',
    'props.text': '文字',
    'props.start': '开始（秒）',
    'props.length': '时长（秒）',
    'props.volume': '音量',
    'props.transition': '转场',
    'props.trlength': '转场时长（秒）',
    'props.apply': '应用',
    'props.info': '{what} · {from}–{to}',
    'props.card': '这张卡由标题和片尾文字组成：在“标题”轨道上修改文字，或在对话中提出。',
    'props.readonly': '这一部分不能在这里修改；请在对话中提出。',
    'props.nothing': '没有任何改动。',
    'props.badNumber': '“{field}”需要填写秒数。',
    'transition.none': '无',

    'exports.empty': '还没有导出。选择分辨率后点“导出”。',
    'export.status.pending': '等待中',
    'export.status.processing': '渲染中',
    'export.status.completed': '已完成',
    'export.status.failed': '失败',
    'export.status.cancelled': '已取消',
    'export.progress': '{res} 导出进度',
    'export.download': '下载',
    'export.cancel': '取消',
    'export.started': '已开始导出（{res}）。',
    'export.ready': '{res} 导出已完成，可以下载。',
    'export.failedNote': '{res} 导出失败：{error}',
    'export.noDraft': '请先做出视频，再导出。',
    'export.downloading': '正在下载 {name}……',
    'export.size': '{size}',

    'error.network': '无法连接服务器。请检查网络后重试。',
    'error.rateLimited': '请求太频繁：请在 {s} 秒后重试。',
    'error.http': '服务器返回状态 {status}。',
    'error.unexpected': '出了点问题：{message}',
    'notice.dismiss': '关闭',
    'session.untitled': '未命名',
    'session.label': '{title} · {when}',
  },
};

const LANG_KEY = 'reelwright.lang';
const listeners = new Set();

function initialLanguage() {
  let saved = null;
  try {
    saved = localStorage.getItem(LANG_KEY);
  } catch {
    saved = null;
  }
  if (saved === 'en' || saved === 'zh') {
    return saved;
  }
  const preferred = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  return preferred.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

let current = initialLanguage();

/** The UI language: "en" or "zh". */
export function lang() {
  return current;
}

/** The BCP-47 tag of the UI language, for <html lang> and new sessions: "en" or "zh-CN". */
export function langTag() {
  return current === 'zh' ? 'zh-CN' : 'en';
}

/** The string for key in the UI language, with {name} replaced by params.name. */
export function t(key, params) {
  const table = STRINGS[current] || STRINGS.en;
  let text = table[key] ?? STRINGS.en[key] ?? key;
  if (params) {
    text = text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
  }
  return text;
}

/** Applies the UI language to the static markup under root (text, aria-labels, placeholders). */
export function applyStatic(root = document) {
  document.documentElement.lang = langTag();
  for (const el of root.querySelectorAll('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n);
  }
  for (const el of root.querySelectorAll('[data-i18n-aria]')) {
    el.setAttribute('aria-label', t(el.dataset.i18nAria));
  }
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) {
    el.setAttribute('placeholder', t(el.dataset.i18nPlaceholder));
  }
}

/** Switches the UI language, keeps it, and tells every listener to redraw. */
export function setLang(next) {
  if (next !== 'en' && next !== 'zh') {
    return;
  }
  current = next;
  try {
    localStorage.setItem(LANG_KEY, next);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  applyStatic();
  for (const listener of listeners) {
    listener(next);
  }
}

/** Calls listener(lang) after every language switch. */
export function onLangChange(listener) {
  listeners.add(listener);
}

/** Number formatting in the UI language. */
export function locale() {
  return current === 'zh' ? 'zh-CN' : 'en';
}
