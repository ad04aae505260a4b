import { rootlesskitAddressing as net } from '../../../engine/data/index.ts';
import type { DiagramData, TextLine } from '../types.ts';
import { architecture } from './architecture.ts';

/** The words of each box and arrow, in the order of the English diagram; the geometry is the English one. */
const boxLines: readonly (readonly TextLine[])[] = [
  ['局域网、', '互联网'],
  ['宿主机：你这个用户自己的命名空间'],
  [{ text: 'RootlessKit 父进程', strong: true }, '留在宿主机的命名空间中'],
  [{ text: '网络驱动', strong: true }, { text: 'slirp4netns 或 pasta', mono: true }, '宿主机上的一个进程'],
  [{ text: '端口驱动（宿主机一侧）', strong: true }, 'builtin：父进程监听', 'implicit：pasta 监听'],
  ['子命名空间：用户 + 网络命名空间'],
  [{ text: 'dockerd、containerd', strong: true }, '监听各个发布端口'],
  [{ text: 'tap0', strong: true }, { text: `${net.child}/${net.prefixLength}`, mono: true }, { text: `gw ${net.gateway} · DNS ${net.dns}`, mono: true }],
  [{ text: 'lo 127.0.0.1', mono: true }, '（它自己的回环）'],
  [{ text: '容器', strong: true }, '位于子命名空间内的网络上'],
];

const arrowLabels: readonly (readonly TextLine[])[] = [['创建', '命名空间'], ['二层帧'], ['宿主机', '套接字'], ['发布的', '端口']];

/** Pairs each English shape with its Chinese words; throws when the English diagram gains or loses a shape. */
function relabel<T extends { lines?: readonly TextLine[]; label?: readonly TextLine[] }>(shapes: readonly T[] | undefined, words: readonly (readonly TextLine[])[], key: 'lines' | 'label'): T[] {
  if (!shapes || shapes.length !== words.length) throw new Error(`architecture.zh-cn: ${key} count differs from the English diagram`);
  return shapes.map((shape, i) => ({ ...shape, [key]: words[i] }));
}

/** Diagram 1: the host, RootlessKit's parent and child, the network driver and the port driver (Simplified Chinese). */
export const architectureZhCn: DiagramData = {
  ...architecture,
  title: 'rootless Docker 的网络架构',
  desc: `RootlessKit 的父进程留在宿主机的命名空间中，并创建一个子用户命名空间和网络命名空间，dockerd 就运行在其中。宿主机上的网络驱动进程把子命名空间中 tap0（${net.child}/${net.prefixLength}）的流量转到宿主机上的普通套接字；端口驱动则把宿主机上发往发布端口的连接送进子命名空间。`,
  caption: '父进程、网络驱动以及端口驱动的宿主机一侧都在宿主机上；dockerd、它的监听端口和容器都在子命名空间里。',
  text: [
    'RootlessKit 的父进程运行在你这个用户在宿主机上的普通命名空间中。',
    '它创建一个用户命名空间（你的 UID 在其中映射为 root）和一个网络命名空间，也就是“子命名空间”（child）。dockerd-rootless.sh 在其中运行 dockerd 和 containerd。',
    `子命名空间有自己的回环接口，以及一个 tap 设备 tap0，地址为 ${net.child}/${net.prefixLength}；网关是 ${net.gateway}，DNS 是 ${net.dns}。`,
    '宿主机上的网络驱动进程（slirp4netns 或 pasta；另外还有 vpnkit、lxc-user-nic、gvisor-tap-vsock）读取 tap0 上的帧，通过宿主机上的普通套接字把流量送到局域网和互联网。',
    '端口驱动让宿主机能够访问发布的端口：用 builtin 时，由 RootlessKit 父进程在宿主机上监听；用 implicit 时，由 pasta 自己监听。',
  ],
  boxes: relabel(architecture.boxes, boxLines, 'lines'),
  arrows: relabel(architecture.arrows, arrowLabels, 'label'),
};
