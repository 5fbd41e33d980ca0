console.log('druid-gitops');
