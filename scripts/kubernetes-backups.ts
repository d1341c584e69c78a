import type { SubgraphInfo } from '../subgraphs/regions.js';
import {
  backupClaim,
  containerSecurity,
  image,
  labels,
  podSecurity,
  scratchAndBackupMounts,
  scratchAndBackupVolumes,
  secretRef,
  selector,
} from './kubernetes-workloads.js';

/**
 * Where a region's backups are kept in the cluster, and the nightly one. A subgraph backs its
 * database up before it runs a migration (BACKUP_BEFORE_MIGRATE): that dump is what a rollback of
 * the release restores, so it must outlive the pod that took it, which an emptyDir does not (the
 * rollback's pod starts with an empty one). Hence a PersistentVolumeClaim per region, mounted by the
 * subgraph and by its nightly CronJob.
 */

/** Sized for two weeks of nightly dumps and the pre-migration ones at a million social workers. */
const CLAIM_SIZE = '10Gi';
/** Nightly dumps kept, as the README's cron line keeps them on one host. */
const KEEP_DAYS = 14;

export function backupObjects(subgraph: SubgraphInfo): object[] {
  const claim = {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: backupClaim(subgraph), labels: labels(subgraph.name, 'subgraph') },
    spec: {
      accessModes: ['ReadWriteOnce'],
      resources: { requests: { storage: CLAIM_SIZE } },
    },
  };
  const name = `${subgraph.name}-backup`;
  // `npm run backup`, as the README's cron line runs it on one host: the day's dump, recorded in
  // the export log as the CronJob's, then the dumps older than two weeks removed.
  const nightly = [
    `node --import tsx scripts/backup.ts --region ${subgraph.name}`,
    `--out /backups/${subgraph.name}-$(date +%F).dump --overwrite --by cronjob/${name}`,
    `&& find /backups -name '${subgraph.name}-*.dump' -mtime +${KEEP_DAYS} -delete`,
  ].join(' ');
  const cronJob = {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name, labels: labels(name, 'backup') },
    spec: {
      schedule: '0 2 * * *',
      timeZone: 'Asia/Shanghai',
      concurrencyPolicy: 'Forbid',
      successfulJobsHistoryLimit: 3,
      failedJobsHistoryLimit: 3,
      jobTemplate: {
        spec: {
          backoffLimit: 2,
          template: {
            metadata: { labels: labels(name, 'backup') },
            spec: {
              restartPolicy: 'OnFailure',
              securityContext: podSecurity,
              // The claim is ReadWriteOnce, which pods of one node share: beside the subgraph's pod.
              affinity: {
                podAffinity: {
                  requiredDuringSchedulingIgnoredDuringExecution: [
                    {
                      labelSelector: { matchLabels: selector(subgraph.name) },
                      topologyKey: 'kubernetes.io/hostname',
                    },
                  ],
                },
              },
              containers: [
                {
                  name: 'backup',
                  image: image(),
                  command: ['sh', '-c', nightly],
                  env: [
                    {
                      name: `${subgraph.name.toUpperCase()}_DATABASE_URL`,
                      ...secretRef(`${subgraph.name}-secrets`, 'DATABASE_URL'),
                    },
                  ],
                  securityContext: containerSecurity,
                  volumeMounts: scratchAndBackupMounts,
                },
              ],
              volumes: scratchAndBackupVolumes(subgraph),
            },
          },
        },
      },
    },
  };
  return [claim, cronJob];
}
