import { fact } from '../../content/fact-text.ts';
import { portPathDiagram } from './port-path.ts';
import { portPathFrameZhCn } from './port-path.zh-cn.ts';

const fixed = fact('rlkFixed', { v: true });

/** Diagram 5: pasta with --host-lo-to-ns-lo, as RootlessKit passes it from the fixed release (Simplified Chinese). */
export const pastaFlagZhCn = portPathDiagram(
  {
    id: 'pasta-flag',
    title: `pasta 带 --host-lo-to-ns-lo 时的 -p 127.0.0.1:8080:80（RootlessKit ${fixed} 及以后）`,
    desc: '带上 --host-lo-to-ns-lo 后，pasta 在 splice 路径上打开的套接字重新连接命名空间的回环 127.0.0.1:8080，dockerd 正在那里监听。请求成功。',
    caption: `RootlessKit ${fixed} 及以后的版本会探测 pasta 并传入 --host-lo-to-ns-lo：来自宿主机回环的连接重新到达命名空间的回环。`,
    text: [
      `RootlessKit ${fixed} 及以后的版本在启动时运行“pasta --host-lo-to-ns-lo --version”；命令成功，于是把这个参数加进 pasta 的参数列表。`,
      '宿主机上的 curl 连接 127.0.0.1:8080，pasta 接受连接并走 splice 路径。',
      '有了这个参数，命名空间内的套接字连接的是 127.0.0.1:8080，也就是命名空间的回环。',
      'dockerd 的监听接受连接并转发给容器，curl 拿到响应。',
    ],
    hostListener: [{ text: 'pasta', strong: true }, '自动扫描开启的监听', { text: '0.0.0.0:8080', mono: true }],
    crossing: ['带 --host-lo-to-ns-lo 的', 'splice 路径：', '回环仍然到回环'],
    nsConnect: [{ text: 'pasta 连接到', strong: true }, { text: '127.0.0.1:8080', mono: true }],
    nsListener: ['dockerd 监听于', { text: '127.0.0.1:8080', mono: true }],
    accept: ['接受连接'],
    outcome: [{ text: '200 OK', strong: true }],
  },
  'ok',
  portPathFrameZhCn,
);
