import { rootlesskitAddressing as net } from '../../../engine/data/index.ts';
import type { DiagramData } from '../types.ts';
import { architectureDiagram, detachNetnsFrom, tap0Lines } from './architecture.ts';

/** Diagram 1: the host, RootlessKit's parent and child, the network driver and the port driver (Simplified Chinese). */
export const architectureZhCn: DiagramData = architectureDiagram({
  title: 'rootless Docker 的网络架构',
  desc: `RootlessKit 的父进程留在宿主机的命名空间中，并创建一个子用户命名空间和网络命名空间，dockerd 就运行在其中。宿主机上的网络驱动进程把子命名空间中 tap0（${net.child}/${net.prefixLength}）的流量转到宿主机上的普通套接字；端口驱动则把宿主机上发往发布端口的连接送进子命名空间。`,
  caption: '父进程、网络驱动以及端口驱动的宿主机一侧都在宿主机上；dockerd、它的监听端口和容器都在子命名空间里。',
  text: [
    'RootlessKit 的父进程运行在你这个用户在宿主机上的普通命名空间中。',
    `它创建一个用户命名空间（你的 UID 在其中映射为 root）和一个网络命名空间，也就是“子命名空间”（child）。dockerd-rootless.sh 在其中运行 dockerd 和 containerd；但如果 RootlessKit 以 --detach-netns 运行（从 Docker ${detachNetnsFrom} 起默认如此），dockerd 会留在宿主机的网络命名空间里。`,
    `子命名空间有自己的回环接口，以及一个 tap 设备 tap0，地址为 ${net.child}/${net.prefixLength}；网关是 ${net.gateway}，DNS 是 ${net.dns}。`,
    '宿主机上的网络驱动进程（slirp4netns 或 pasta；另外还有 vpnkit、lxc-user-nic、gvisor-tap-vsock）读取 tap0 上的帧，通过宿主机上的普通套接字把流量送到局域网和互联网。',
    '端口驱动让宿主机能够访问发布的端口：用 builtin 时，由 RootlessKit 父进程在宿主机上监听；用 implicit 时，由 pasta 自己监听。',
  ],
  lan: ['局域网、', '互联网'],
  host: ['宿主机：你这个用户自己的命名空间'],
  parent: [{ text: 'RootlessKit 父进程', strong: true }, '留在宿主机的命名空间中'],
  networkDriver: [{ text: '网络驱动', strong: true }, { text: 'slirp4netns 或 pasta', mono: true }, '宿主机上的一个进程'],
  portDriver: [{ text: '端口驱动（宿主机一侧）', strong: true }, 'builtin：父进程监听', 'implicit：pasta 监听'],
  child: ['子命名空间：用户 + 网络命名空间'],
  dockerd: [{ text: 'dockerd、containerd', strong: true }, '监听各个发布端口'],
  tap0: tap0Lines,
  loopback: [{ text: 'lo 127.0.0.1', mono: true }, '（它自己的回环）'],
  containers: [{ text: '容器', strong: true }, '位于子命名空间内的网络上'],
  creates: ['创建', '命名空间'],
  frames: ['二层帧'],
  sockets: ['宿主机', '套接字'],
  ports: ['发布的', '端口'],
});
