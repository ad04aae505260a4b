import { rootlesskitAddressing as net } from '../../../engine/data/index.ts';
import { fact } from '../../content/fact-text.ts';
import { portPathDiagram } from './port-path.ts';
import { portPathFrameZhCn } from './port-path.zh-cn.ts';

const change = fact('passtChange');
const lastUnfixed = fact('rlkLastUnfixed', { v: true });

/** Diagram 4: pasta from the change, without --host-lo-to-ns-lo: the connection goes to the external address and is reset (Simplified Chinese). */
export const pastaAfterZhCn = portPathDiagram(
  {
    id: 'pasta-after',
    title: `pasta ${change} 及以后版本、不带 --host-lo-to-ns-lo 时的 -p 127.0.0.1:8080:80`,
    desc: `pasta 仍然在宿主机上接受连接，但它在 splice 路径上打开的套接字现在连接的是命名空间的外部地址 ${net.child}:8080。那里没有任何监听，因为 dockerd 的监听绑定在 127.0.0.1 上，于是命名空间内的内核回复 RST，curl 报告“Connection reset by peer”。`,
    caption: `pasta ${change} 及以后版本，配合 RootlessKit ${lastUnfixed} 及更早版本：splice 连接被送到 ${net.child}，那里没有监听，连接被重置。`,
    text: [
      'dockerd 在命名空间内监听 127.0.0.1:8080；pasta 的自动扫描在宿主机的所有地址上监听 8080 端口。',
      '宿主机上的 curl 连接 127.0.0.1:8080，pasta 接受连接，所以宿主机上的 TCP 握手是成功的。',
      'pasta 走 splice 路径，在命名空间内打开一个套接字。',
      `从 ${change} 起，这个套接字连接的是命名空间的外部地址 ${net.child}:8080，而不是它的回环。`,
      `${net.child}:8080 上没有任何监听：监听只绑定在 127.0.0.1 上。命名空间内的内核回复 RST。`,
      '重置传回宿主机上的 curl，curl 报告“curl: (56) Recv failure: Connection reset by peer”。',
    ],
    hostListener: [{ text: 'pasta', strong: true }, '自动扫描开启的监听', { text: '0.0.0.0:8080', mono: true }],
    crossing: ['splice 路径：在命名空间内', '打开套接字'],
    nsConnect: [{ text: 'pasta 连接到', strong: true }, { text: `${net.child}:8080`, mono: true }],
    nsListener: ['dockerd 只监听于', { text: '127.0.0.1:8080', mono: true }],
    accept: ['无人监听', { text: `${net.child}:8080`, mono: true }],
    outcome: [{ text: 'curl: (56) Recv failure:', mono: true }, { text: 'Connection reset by peer', mono: true }],
  },
  'reset',
  portPathFrameZhCn,
);
