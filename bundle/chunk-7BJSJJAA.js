var VERSION="0.1.0",BUILD_ID="ef08caeafcea494e";export{VERSION,BUILD_ID};
