console.log('druid-gitops action');
