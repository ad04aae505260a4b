import type { PortPathFrame } from './port-path.ts';

/** Words shared by every port-path diagram (Simplified Chinese); the layout is portPathDiagram's. */
export const portPathFrameZhCn: PortPathFrame = {
  host: ['宿主机'],
  namespace: ['RootlessKit 子命名空间'],
  client: [{ text: 'curl 127.0.0.1:8080', mono: true }, '宿主机上的一个进程'],
  container: ['容器，80 端口'],
  connect: ['连接'],
};
