var UsageError=class extends Error{details;constructor(message,details){super(message),this.name="UsageError",this.details=details}};export{UsageError};
