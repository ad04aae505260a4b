import type { FactKey } from '../../../src/engine/types.ts';

/** Output of other commands that people paste next to Docker's: none of it shows a fact about rootless Docker's networking but its `shows`. */
export interface Noise {
  name: string;
  text: string;
  /** Facts the output does show about this machine (podman's slirp4netns is the one RootlessKit would run too). */
  shows?: readonly FactKey[];
}

export const noise: readonly Noise[] = [
  {
    name: 'ip addr',
    text: `$ ip addr
1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
    inet 127.0.0.1/8 scope host lo
       valid_lft forever preferred_lft forever
    inet6 ::1/128 scope host noprefixroute
       valid_lft forever preferred_lft forever
2: enp0s31f6: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP group default qlen 1000
    link/ether 8c:16:45:2a:9b:01 brd ff:ff:ff:ff:ff:ff
    inet 192.168.1.23/24 brd 192.168.1.255 scope global dynamic noprefixroute enp0s31f6
       valid_lft 85890sec preferred_lft 85890sec
    inet6 fe80::8e16:45ff:fe2a:9b01/64 scope link noprefixroute
       valid_lft forever preferred_lft forever
3: docker0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default
    link/ether 02:42:8a:11:3c:5e brd ff:ff:ff:ff:ff:ff
    inet 172.17.0.1/16 brd 172.17.255.255 scope global docker0
       valid_lft forever preferred_lft forever`,
  },
  {
    name: 'ip route',
    text: `$ ip route
default via 192.168.1.1 dev enp0s31f6 proto dhcp src 192.168.1.23 metric 100
169.254.0.0/16 dev enp0s31f6 scope link metric 1000
172.17.0.0/16 dev docker0 proto kernel scope link src 172.17.0.1 linkdown
172.18.0.0/16 dev br-5f2c3a1b9d0e proto kernel scope link src 172.18.0.1
192.168.1.0/24 dev enp0s31f6 proto kernel scope link src 192.168.1.23 metric 100
$ ip -6 route
::1 dev lo proto kernel metric 256 pref medium
fe80::/64 dev enp0s31f6 proto kernel metric 1024 pref medium`,
  },
  {
    name: 'ss -tlnp',
    text: `$ ss -tlnp
State  Recv-Q Send-Q Local Address:Port  Peer Address:Port Process
LISTEN 0      4096       127.0.0.53%lo:53         0.0.0.0:*
LISTEN 0      511          127.0.0.1:8080       0.0.0.0:*     users:(("node",pid=48213,fd=21))
LISTEN 0      128          127.0.0.1:631        0.0.0.0:*
LISTEN 0      4096           0.0.0.0:22         0.0.0.0:*
LISTEN 0      4096         127.0.0.1:5432       0.0.0.0:*
LISTEN 0      511              [::1]:3000          [::]:*     users:(("node",pid=48213,fd=22))
LISTEN 0      4096              [::]:22            [::]:*
LISTEN 0      128              [::1]:631           [::]:*`,
  },
  {
    name: 'netstat -tlnp',
    text: `$ sudo netstat -tlnp
Active Internet connections (only servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name
tcp        0      0 127.0.0.1:8080          0.0.0.0:*               LISTEN      2231/python3
tcp        0      0 127.0.0.53:53           0.0.0.0:*               LISTEN      611/systemd-resolve
tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      901/sshd: /usr/sbin
tcp        0      0 127.0.0.1:6379          0.0.0.0:*               LISTEN      1120/redis-server 1
tcp6       0      0 ::1:8080                :::*                    LISTEN      2231/python3
tcp6       0      0 :::22                   :::*                    LISTEN      901/sshd: /usr/sbin`,
  },
  {
    name: 'docker images, network ls, context ls',
    text: `$ docker images
REPOSITORY   TAG       IMAGE ID       CREATED        SIZE
nginx        latest    a8758716bb6a   2 weeks ago    192MB
postgres     16        b781f3a53e61   3 weeks ago    432MB
pasta-app    2.3.1     0d1c3a4f5b6e   5 days ago     88.2MB
$ docker network ls
NETWORK ID     NAME      DRIVER    SCOPE
3b1e9a6f0c2d   bridge    bridge    local
8f0e2d4c6a1b   host      host      local
c4d5e6f7a8b9   none      null      local
$ docker context ls
NAME         DESCRIPTION                               DOCKER ENDPOINT                     ERROR
default *    Current DOCKER_HOST based configuration   unix:///var/run/docker.sock
rootless                                               unix:///run/user/1000/docker.sock`,
  },
  {
    name: 'docker compose ps (no ports)',
    text: `$ docker compose ps
NAME            IMAGE          COMMAND                  SERVICE   CREATED          STATUS                    PORTS
app-db-1        postgres:16    "docker-entrypoint.s…"   db        12 minutes ago   Up 12 minutes (healthy)   5432/tcp
app-worker-1    app:latest     "python worker.py"       worker    12 minutes ago   Up 12 minutes`,
  },
  {
    name: 'podman ps',
    text: `$ podman ps
CONTAINER ID  IMAGE                           COMMAND               CREATED        STATUS        PORTS                   NAMES
9c1b2a3d4e5f  docker.io/library/nginx:latest  nginx -g daemon o...  2 minutes ago  Up 2 minutes  0.0.0.0:8081->80/tcp    web
1a2b3c4d5e6f  docker.io/library/redis:7       redis-server          2 minutes ago  Up 2 minutes  6379/tcp                cache`,
  },
  {
    name: 'systemctl --user status of another unit',
    text: `$ systemctl --user status pipewire
● pipewire.service - PipeWire Multimedia Service
     Loaded: loaded (/usr/lib/systemd/user/pipewire.service; enabled; preset: enabled)
     Active: active (running) since Mon 2024-11-04 09:12:33 CET; 2h 5min ago
TriggeredBy: ● pipewire.socket
   Main PID: 2210 (pipewire)
      Tasks: 3 (limit: 38100)
     Memory: 12.4M (peak: 13.0M)
        CPU: 1.204s
     CGroup: /user.slice/user-1000.slice/user@1000.service/session.slice/pipewire.service
             └─2210 /usr/bin/pipewire

Nov 04 09:12:33 laptop systemd[1895]: Started pipewire.service - PipeWire Multimedia Service.`,
  },
  {
    name: 'journalctl NetworkManager and resolved',
    text: `$ journalctl -b -u NetworkManager -u systemd-resolved | tail
Nov 04 09:12:30 laptop NetworkManager[702]: <info>  [1730707950.1234] device (enp0s31f6): state change: ip-config -> ip-check (reason 'none', sys-iface-state: 'managed')
Nov 04 09:12:30 laptop NetworkManager[702]: <info>  [1730707950.1301] device (enp0s31f6): Activation: successful, device activated.
Nov 04 09:12:30 laptop NetworkManager[702]: <info>  [1730707950.1322] manager: NetworkManager state is now CONNECTED_GLOBAL
Nov 04 09:12:31 laptop NetworkManager[702]: <info>  [1730707951.0020] device (docker0): carrier: link connected
Nov 04 09:12:31 laptop NetworkManager[702]: <info>  [1730707951.0040] device (veth3c1a2b4): state change: unmanaged -> unavailable (reason 'connection-assumed', sys-iface-state: 'external')
Nov 04 09:12:31 laptop systemd-resolved[611]: enp0s31f6: Bus client set default route setting: yes
Nov 04 09:12:31 laptop systemd-resolved[611]: Using degraded feature set UDP instead of UDP+EDNS0 for DNS server 192.168.1.1.
Nov 04 09:12:35 laptop systemd-resolved[611]: Clock change detected. Flushing caches.`,
  },
  {
    name: 'uname, os-release, lsb_release',
    shows: ['operatingSystem'],
    text: `$ uname -a
Linux laptop 6.8.0-48-generic #48-Ubuntu SMP PREEMPT_DYNAMIC Fri Sep 27 14:04:52 UTC 2024 x86_64 x86_64 x86_64 GNU/Linux
$ cat /etc/os-release
PRETTY_NAME="Ubuntu 24.04.1 LTS"
NAME="Ubuntu"
VERSION_ID="24.04"
VERSION="24.04.1 LTS (Noble Numbat)"
VERSION_CODENAME=noble
ID=ubuntu
ID_LIKE=debian
HOME_URL="https://www.ubuntu.com/"
UBUNTU_CODENAME=noble
$ lsb_release -a
No LSB modules are available.
Distributor ID:	Ubuntu
Description:	Ubuntu 24.04.1 LTS
Release:	24.04
Codename:	noble`,
  },
  {
    name: 'id and env',
    text: `$ id
uid=1000(alice) gid=1000(alice) groups=1000(alice),4(adm),24(cdrom),27(sudo),30(dip),46(plugdev),100(users)
$ env | sort | head
HOME=/home/alice
LANG=en_US.UTF-8
LOGNAME=alice
PATH=/home/alice/bin:/usr/local/bin:/usr/bin:/bin
SHELL=/bin/bash
TERM=xterm-256color
USER=alice
XDG_RUNTIME_DIR=/run/user/1000
XDG_SESSION_TYPE=wayland`,
  },
  {
    name: 'iptables -L -n',
    text: `$ sudo iptables -L -n
Chain INPUT (policy ACCEPT)
target     prot opt source               destination

Chain FORWARD (policy DROP)
target     prot opt source               destination
DOCKER-USER  all  --  0.0.0.0/0            0.0.0.0/0
DOCKER-ISOLATION-STAGE-1  all  --  0.0.0.0/0            0.0.0.0/0
ACCEPT     all  --  0.0.0.0/0            0.0.0.0/0            ctstate RELATED,ESTABLISHED
DOCKER     all  --  0.0.0.0/0            0.0.0.0/0

Chain OUTPUT (policy ACCEPT)
target     prot opt source               destination

Chain DOCKER (1 references)
target     prot opt source               destination
ACCEPT     tcp  --  0.0.0.0/0            172.17.0.2           tcp dpt:80`,
  },
  {
    name: 'nft list ruleset',
    text: `$ sudo nft list ruleset
table inet filter {
	chain input {
		type filter hook input priority filter; policy accept;
		iif "lo" accept
		tcp dport 22 accept
	}
	chain forward {
		type filter hook forward priority filter; policy drop;
	}
}
table ip nat {
	chain DOCKER {
		iifname != "docker0" tcp dport 8080 counter packets 0 bytes 0 dnat to 172.17.0.2:80
	}
}`,
  },
  {
    name: 'kubectl get pods -o wide',
    text: `$ kubectl get pods -o wide
NAME                     READY   STATUS    RESTARTS   AGE   IP           NODE       NOMINATED NODE   READINESS GATES
web-7d4b9c8f6d-2xkqp     1/1     Running   0          3d    10.42.0.12   k3s-node   <none>           <none>
api-5f6c7d8e9f-abcde     1/1     Running   2          3d    10.42.0.13   k3s-node   <none>           <none>
$ kubectl version
Client Version: v1.30.0
Kustomize Version: v5.0.4-0.20230601165947-6ce0bf390ce3
Server Version: v1.30.6+k3s1`,
  },
  {
    name: 'dmesg',
    text: `$ sudo dmesg | tail
[    5.123456] IPv6: ADDRCONF(NETDEV_CHANGE): enp0s31f6: link becomes ready
[   12.345678] bridge: filtering via arp/ip/ip6tables is no longer available by default. Update your scripts to load br_netfilter if you need this.
[   12.400001] docker0: port 1(veth3c1a2b4) entered blocking state
[   12.400010] docker0: port 1(veth3c1a2b4) entered forwarding state
[   13.000000] audit: type=1400 audit(1730707953.000:42): apparmor="STATUS" operation="profile_load" profile="unconfined" name="rootlesskit" pid=2301 comm="apparmor_parser"
[   14.500000] TCP: request_sock_TCP: Possible SYN flooding on port 8080. Sending cookies.  Check SNMP counters.`,
  },
  {
    name: 'free -h and df -h',
    text: `$ free -h
               total        used        free      shared  buff/cache   available
Mem:            31Gi       9.8Gi        14Gi       1.1Gi       8.2Gi        21Gi
Swap:          2.0Gi          0B       2.0Gi
$ df -h
Filesystem      Size  Used Avail Use% Mounted on
tmpfs           3.2G  2.4M  3.2G   1% /run
/dev/nvme0n1p2  468G  201G  244G  46% /
tmpfs            16G  120M   16G   1% /dev/shm
/dev/nvme0n1p1  1.1G  6.1M  1.1G   1% /boot/efi
tmpfs           3.2G  136K  3.2G   1% /run/user/1000`,
  },
  {
    name: 'curl -v succeeding',
    text: `$ curl -v http://127.0.0.1:8080/
*   Trying 127.0.0.1:8080...
* Connected to 127.0.0.1 (127.0.0.1) port 8080
> GET / HTTP/1.1
> Host: 127.0.0.1:8080
> User-Agent: curl/8.5.0
> Accept: */*
>
< HTTP/1.1 200 OK
< Server: nginx/1.27.2
< Date: Mon, 04 Nov 2024 11:20:01 GMT
< Content-Type: text/html
< Content-Length: 615
<
<!DOCTYPE html>
* Connection #0 to host 127.0.0.1 left intact`,
  },
  {
    name: 'nerdctl info and containerd --version',
    text: `$ containerd --version
containerd containerd.io 1.7.22 7f7fdf5fed64eb6a7caf99b3e12efcf9d60e311c
$ nerdctl info
Client:
 Namespace:	default
 Debug Mode:	false

Server:
 Server Version: v1.7.22
 Storage Driver: overlayfs
 Logging Driver: json-file
 Cgroup Driver: systemd
 Cgroup Version: 2
 Plugins:
  Log: fluentd journald json-file syslog
  Storage: native overlayfs fuse-overlayfs stargz
 Security Options:
  seccomp
   Profile: builtin
  cgroupns
  rootless
 Kernel Version: 6.8.0-48-generic
 Operating System: Ubuntu 24.04.1 LTS`,
  },
  {
    name: 'podman info network section with slirp4netns',
    text: `$ podman info | grep -A12 slirp4netns
  slirp4netns:
    executable: /usr/bin/slirp4netns
    package: slirp4netns-1.2.0-1.fc39.x86_64
    version: |-
      slirp4netns version 1.2.0
      commit: 656041d45cfca7a4176f6b7eed9e4fe6c11e8383
      libslirp: 4.7.0
      SLIRP_CONFIG_VERSION_MAX: 4
      libseccomp: 2.5.3
  networkBackend: netavark
  rootlessNetworkCmd: slirp4netns`,
    shows: ['slirp4netnsVersion'],
  },
  {
    name: 'sysctl and userns knobs',
    text: `$ sysctl net.ipv4.ip_unprivileged_port_start
net.ipv4.ip_unprivileged_port_start = 1024
$ cat /proc/sys/kernel/unprivileged_userns_clone
1
$ sysctl kernel.apparmor_restrict_unprivileged_userns
kernel.apparmor_restrict_unprivileged_userns = 0
$ cat /proc/sys/user/max_user_namespaces
63229
$ grep alice /etc/subuid /etc/subgid
/etc/subuid:alice:100000:65536
/etc/subgid:alice:100000:65536`,
  },
];
