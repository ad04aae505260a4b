import { portPathDiagram } from './port-path.ts';
import { portPathFrameZhCn } from './port-path.zh-cn.ts';

/** Diagram 2: -p 127.0.0.1:8080:80 with slirp4netns and the builtin port driver (Simplified Chinese). */
export const slirpBuiltinZhCn = portPathDiagram(
  {
    id: 'slirp-builtin',
    title: 'slirp4netns 加 builtin 端口驱动时的 -p 127.0.0.1:8080:80',
    desc: 'RootlessKit 的父进程在宿主机的 127.0.0.1:8080 上监听，把每个连接交给它的子进程；子进程在命名空间内连接 127.0.0.1:8080，dockerd 正在那里监听。slirp4netns 不在这条路径上。请求成功。',
    caption: 'slirp4netns + builtin：由 RootlessKit 自己把连接带进命名空间，并在那里连接回环地址，所以地址始终不变。',
    text: [
      '宿主机上的 curl 连接 127.0.0.1:8080。',
      'RootlessKit 的父进程接受连接：使用 builtin 端口驱动时，在宿主机 127.0.0.1:8080 上监听的正是它。',
      '父进程把连接交给命名空间内的 RootlessKit 子进程。',
      '子进程在命名空间内连接 127.0.0.1:8080，dockerd 为发布端口开启的监听接受连接，并转发到容器的 80 端口。',
      'slirp4netns 只负责命名空间自己的出站流量，与这条路径无关。curl 拿到响应。',
    ],
    hostListener: [{ text: 'RootlessKit 父进程', strong: true }, '端口驱动 builtin，监听于', { text: '127.0.0.1:8080', mono: true }],
    crossing: ['RootlessKit 把连接', '交给它的子进程'],
    nsConnect: [{ text: 'RootlessKit 子进程', strong: true }, '连接到', { text: '127.0.0.1:8080', mono: true }],
    nsListener: ['dockerd 监听于', { text: '127.0.0.1:8080', mono: true }],
    accept: ['接受连接'],
    outcome: [{ text: '200 OK', strong: true }],
    note: ['slirp4netns（tap0）', '不在这条路径上'],
  },
  'ok',
  portPathFrameZhCn,
);
