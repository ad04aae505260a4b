import { fact } from '../../content/fact-text.ts';
import { portPathDiagram } from './port-path.ts';
import { portPathFrameZhCn } from './port-path.zh-cn.ts';

const lastGood = fact('passtLastGood');

/** Diagram 3: pasta before the change: spliced connections reach the namespace's loopback (Simplified Chinese). */
export const pastaBeforeZhCn = portPathDiagram(
  {
    id: 'pasta-before',
    title: `pasta ${lastGood} 及更早版本下的 -p 127.0.0.1:8080:80`,
    desc: 'pasta 的自动扫描在宿主机的所有地址上监听 8080 端口。连接宿主机的 127.0.0.1 属于本地流量，pasta 通过 splice 路径把它送进命名空间，并在那里连接 127.0.0.1:8080，dockerd 正在这个地址上监听。请求成功。',
    caption: `pasta ${lastGood} 及更早版本：splice 路径把来自宿主机回环的连接送到命名空间的回环。`,
    text: [
      'dockerd 在命名空间内监听 127.0.0.1:8080；pasta 的自动扫描发现了它，于是在宿主机的所有地址上监听 8080 端口。',
      '宿主机上的 curl 连接 127.0.0.1:8080，pasta 接受连接。',
      '连接来自宿主机的回环，因此 pasta 走 splice 路径：在命名空间内打开一个套接字。',
      `在 ${lastGood} 及更早的版本中，这个套接字连接命名空间内的 127.0.0.1:8080。dockerd 的监听接受连接并转发给容器，curl 拿到响应。`,
    ],
    hostListener: [{ text: 'pasta', strong: true }, '自动扫描开启的监听', { text: '0.0.0.0:8080', mono: true }],
    crossing: ['splice 路径：在命名空间内', '打开套接字'],
    nsConnect: [{ text: 'pasta 连接到', strong: true }, { text: '127.0.0.1:8080', mono: true }],
    nsListener: ['dockerd 监听于', { text: '127.0.0.1:8080', mono: true }],
    accept: ['接受连接'],
    outcome: [{ text: '200 OK', strong: true }],
  },
  'ok',
  portPathFrameZhCn,
);
