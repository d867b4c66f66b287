var VERSION="0.1.0",BUILD_ID="8e42bcfa99bde1db";export{VERSION,BUILD_ID};
